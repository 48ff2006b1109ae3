// The reference of both catalogs is there; check printed its count; the second run wrote nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERRCAT-M24] 2 catalogs checked: 0 errors, 0 warnings')
def docs = new File(basedir, 'target/errcat-docs')
['index.html', 'shop.html', 'faas.html', 'catalog.json'].each {
  assert new File(docs, it).isFile() : "target/errcat-docs/$it is missing"
}
def shop = new File(docs, 'shop.html').text
assert shop.contains('OrderNotFound') && shop.contains('id="ORDER_NOT_FOUND"')
assert new File(docs, 'faas.html').text.contains('ANOTHER TASK RUNNING')
assert log =~ /\[ERRCAT-M22\] target\/errcat-docs: \d+ written, 0 unchanged, 0 deleted/
assert log.contains('[ERRCAT-M21] target/errcat-docs up to date, nothing written')
return true
