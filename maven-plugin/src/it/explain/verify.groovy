// Two runs: a pasted FAQ line explained from the bundled faas catalog; the project's own code by
// its constant name.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] SHELL NOT MATCH  \u2014  FPGA as a Service (FaaS) (faas)')
assert log.contains('[INFO] HTTP 404 Not Found')
assert log.contains('[INFO] Reference: faas.html#SHELL_NOT_MATCH')
assert log.contains('[INFO] OrderNotFound  \u2014  Shop API (shop)')
assert log.count('BUILD SUCCESS') == 2
return true
