import WinnowCLI

#if canImport(Glibc)
  import Glibc
#endif

// The console first: it checks whether standard input is open before anything opens a file.
let console = Console.standard()
exit(runWinnow(Array(CommandLine.arguments.dropFirst()), console: console))
