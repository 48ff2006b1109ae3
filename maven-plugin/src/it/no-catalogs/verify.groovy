// Two builds (invoker.properties); the log holds both in order.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD') }
assert runs.size() == 2 : "expected 2 builds in build.log, found ${runs.size()}"

// 1: everything written
assert runs[0] =~ /\[ERRCAT-M22\] target\/generated-sources\/errcat: [1-9]\d* written, 0 unchanged, 0 deleted/
assert runs[0].contains('[ERRCAT-M24] 1 catalog checked')
assert !runs[0].contains('[ERRCAT-M23]')

// 2: each of check, generate and docs says there are no catalogs, once
def none = runs[1].readLines().findAll { it.contains('[ERRCAT-M23] no catalogs in src/main/errcat-none and no bundled catalogs configured') }
assert none.size() == 3 : none
// generate still runs: what build 1 generated and copied is deleted
assert runs[1] =~ /\[ERRCAT-M22\] target\/generated-sources\/errcat: 0 written, 0 unchanged, [1-9]\d* deleted/
def left = []
def gen = new File(basedir, 'target/generated-sources/errcat')
if (gen.exists()) {
  gen.eachFileRecurse(groovy.io.FileType.FILES) { left << it }
}
assert left.isEmpty() : left
assert !new File(basedir, 'target/classes/META-INF/errcat/shop.yaml').exists()
// check and docs stop after saying so: no summary, docs left as build 1 wrote them
assert !runs[1].contains('[ERRCAT-M24]')
assert !runs[1].contains('[ERRCAT-M21]')
assert new File(basedir, 'target/errcat-docs/index.html').isFile()
assert runs[1].contains('BUILD SUCCESS')
return true
