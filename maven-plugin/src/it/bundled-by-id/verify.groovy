// Generated from the bundled catalog (no YAML in the project), compiled and tested; bundled
// catalogs are not copied into the project's classes (they are in the errcat-catalog jar).
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/generated-sources/errcat/io/errcat/catalogs/functioncompute/FunctionComputeError.java').isFile()
assert !new File(basedir, 'src/main/errcat').exists()
assert !new File(basedir, 'target/classes/META-INF/errcat/function-compute.yaml').exists()
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0/
return true
