// Four builds (invoker.properties); the log holds all of them in order.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD') }
assert runs.size() == 4 : "expected 4 builds in build.log, found ${runs.size()}"

// 1: everything written
assert runs[0] =~ /\[ERRCAT-M22\] target\/generated-sources\/errcat: [1-9]\d* written, 0 unchanged, 0 deleted/
// 2: nothing changed: nothing written, so the compiler finds nothing stale
assert runs[1].contains('[ERRCAT-M21] 2 catalogs up to date, nothing written')
assert runs[1].contains('Nothing to compile - all classes are up to date')
assert !runs[1].contains('[ERRCAT-M22]')
// 3: billing removed, payments added, shop unchanged
def m = runs[2] =~ /\[ERRCAT-M22\] target\/generated-sources\/errcat: (\d+) written, (\d+) unchanged, (\d+) deleted/
assert m.find()
assert (m.group(1) as int) > 0 && (m.group(2) as int) > 0 && (m.group(3) as int) > 0
def gen = new File(basedir, 'target/generated-sources/errcat')
assert !new File(gen, 'io/errcat/it/errors/BillingError.java').exists() : "billing's generated files were not deleted"
assert new File(gen, 'io/errcat/it/errors/PaymentsError.java').isFile()
assert !new File(basedir, 'target/classes/META-INF/errcat/billing.yaml').exists()
assert !new File(basedir, 'target/classes/META-INF/errcat/billing.package').exists()
assert new File(basedir, 'target/classes/META-INF/errcat/payments.yaml').isFile()
// shop's sources were written by build 1 and, unless build 4's docsBaseUrl changed them, never
// again: older than the state file that build 4 wrote
def state = new File(basedir, 'target/errcat-state/generate-sources').lastModified()
def untouched = 0
new File(gen, 'it/shop').eachFile { f ->
  if (!f.text.contains('https://errors.example.com/ref')) {
    assert state - f.lastModified() > 1000 : "$f was rewritten with unchanged content"
    untouched++
  }
}
assert untouched > 0
// 4: docsBaseUrl is configuration: the build regenerates (the problem+json type URIs change)
assert runs[3] =~ /\[ERRCAT-M22\] target\/generated-sources\/errcat: [1-9]\d* written, \d+ unchanged, 0 deleted/
assert new File(gen, 'it/shop/ShopHttpMapper.java').text.contains('https://errors.example.com/ref')
return true
