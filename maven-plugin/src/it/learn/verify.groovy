// The proposal: written beside the build, the catalog itself untouched; only lines added.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] [ERRCAT-M19] ') && log.contains('week-49.jsonl:3: not a JSON object')
assert log.contains("[INFO] [ERRCAT-M27] shop.yaml: draft: 'TooManyOrders' HTTP 429, met 120 times")
assert log.contains("[INFO] [ERRCAT-M27] shop.yaml: note: 'OrderNotFound' met 7 times with HTTP 410")
def original = new File(basedir, 'src/main/errcat/shop.yaml').text
def proposed = new File(basedir, 'target/errcat/learn/shop.yaml').text
assert !original.contains('TooManyOrders')
assert proposed.contains('  - code: "TooManyOrders"\n    httpStatus: 429\n    message: "Slow down."\n')
assert proposed.contains('  # REVIEW (errcat learn): \'OrderNotFound\' met 7 times with HTTP 410')
assert proposed.contains('# regions come later') && proposed.contains('  # the one the documents know')
def kept = original.readLines()
def lines = proposed.readLines()
int i = 0
lines.each { if (i < kept.size() && it == kept[i]) i++ }
assert i == kept.size() : 'every original line kept, in order'
assert log.contains('BUILD SUCCESS')
return true
