// Run 1 passes with every break acknowledged; run 2 fails on the stale acknowledgement alone.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD') }
assert runs.size() == 2 : "expected 2 builds, found ${runs.size()}"
assert runs[0].contains("[INFO] src/main/errcat/shop.yaml:9:17: breaking: code 'OrderNotFound' changed its HTTP status from 404 to 410 (baseline: baseline/shop.yaml:10:17) [acknowledged: 410 says the order will not come back.]")
assert runs[0].contains('[ERRCAT-M25] 1 catalog against baseline: 0 breaking changes (and 5 acknowledged), 0 compatible changes')
assert runs[0].contains('BUILD SUCCESS')
assert runs[1].contains("[ERROR] [ERRCAT-M16] stale-breaks.yaml:8:5: acknowledges code 'OrderNotFound' message, which did not change")
assert runs[1].contains('[ERRCAT-M17] 1 acknowledgement name changes that did not happen')
assert runs[1].contains('BUILD FAILURE')
return true
