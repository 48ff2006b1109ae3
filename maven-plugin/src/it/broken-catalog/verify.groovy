// Every problem of every catalog is in the log at file:line:col, and nothing was generated.
def log = new File(basedir, 'build.log').text
def expected = [
  "[ERROR] src/main/errcat/broken.yaml:5:3: [EC012] Unknown key 'vendr' in product. (did you mean 'vendor'?)",
  "[ERROR] src/main/errcat/broken.yaml:8:17: [EC024] ",
  "[ERROR] src/main/errcat/broken.yaml:9:14: [EC025] ",
  "[ERROR] src/main/errcat/broken.yaml:13:36: [EC026] ",
  "[ERROR] src/main/errcat/duplicate.yaml:8:5: [EC006] ",
]
expected.each { assert log.contains(it) : "build.log lacks '$it'" }
assert log.contains('[ERRCAT-M03] 5 errors in 2 catalogs; errcat:generate stopped without writing anything')
def out = new File(basedir, 'target/generated-sources/errcat')
assert !out.exists() || out.listFiles().length == 0 : 'a broken build wrote generated sources'
assert !new File(basedir, 'target/classes/META-INF/errcat').exists()
return true
