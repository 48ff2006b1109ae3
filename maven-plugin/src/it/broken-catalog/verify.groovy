// Every problem of every catalog is in the log at file:line:col, and nothing was generated.
def log = new File(basedir, 'build.log').text
def expected = [
  'src/main/errcat/broken.yaml:5:3: [EC012]',
  'src/main/errcat/duplicate.yaml:8:5: [EC006]',
]
expected.each { assert log.contains(it) : "build.log lacks '$it'" }
assert log.contains('[ERRCAT-P03] 2 errors in 2 catalogs; nothing was generated')
def out = new File(basedir, 'target/generated-sources/errcat')
assert !out.exists() || out.listFiles().length == 0 : 'a broken build wrote generated sources'
assert !new File(basedir, 'target/classes/META-INF/errcat').exists()
return true
