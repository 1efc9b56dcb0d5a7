import Foundation
import WinnowCLI

exit(runWinnow(Array(CommandLine.arguments.dropFirst())))
