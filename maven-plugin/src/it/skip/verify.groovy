// errcat.skip: every goal says it skipped, a broken catalog did not fail, nothing was written;
// then errcat:help described generate.
def log = new File(basedir, 'build.log').text
['check', 'generate', 'docs', 'diff'].each {
  assert log.contains("[ERRCAT-M20] errcat:$it skipped (errcat.skip)") : "no skip line for $it"
}
assert !log.contains('[EC0')
assert !new File(basedir, 'target/generated-sources/errcat').exists()
assert !new File(basedir, 'target/errcat-docs').exists()
assert !new File(basedir, 'target/errcat-state').exists()
assert log =~ /(?m)^errcat:generate\R  Generates the Java API of the catalogs/
assert log.contains('Available parameters:')
assert log.contains('catalogDirectory') && log.contains('errcat.catalogDirectory')
assert log.contains('docsBaseUrl')
return true
