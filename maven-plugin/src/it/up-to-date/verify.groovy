// Two builds (invoker.properties); the log holds all of them in order.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD') }
assert runs.size() == 2 : "expected 2 builds in build.log, found ${runs.size()}"
def warning = "[WARNING] src/main/errcat/shop.yaml:17:5: [EC045] The entry 'Bare' has no message, description or solution."

// 1: loaded, checked, written; the warning shown once in the build, though two goals load it
assert runs[0].count(warning) == 1 : 'check shows the warning; generate does not repeat it'
assert runs[0].contains('[ERRCAT-M24] 1 catalog checked: 0 errors, 1 warning')
assert runs[0] =~ /\[ERRCAT-M22\] target\/generated-sources\/errcat: [1-9]\d* written/
assert !runs[0].contains('[ERRCAT-M21]')
// 2: every goal up to date by its fingerprint alone (M21 is only said when no catalog was
// loaded), the warning and the check's summary shown again, nothing written
for (run in [runs[1]]) {
  assert run.count(warning) == 1 : 'the warning shown again, once'
  assert run.contains('[ERRCAT-M24] 1 catalog checked: 0 errors, 1 warning')
  assert run.contains('[ERRCAT-M21] 1 catalog up to date, nothing written')
  assert !run.contains('[ERRCAT-M22]')
}
return true
