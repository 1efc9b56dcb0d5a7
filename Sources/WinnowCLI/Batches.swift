import Dispatch
import Synchronization
import Winnow

/// Runs `work` over every item of a batch on up to `threads` threads, each with a workspace of
/// its own, and returns the results in item order.
///
/// The caller reads the input a batch at a time (a block of lines, a few files), so memory
/// stays bounded by one batch in flight whatever the input size; workers take the next item
/// from an atomic counter, so uneven documents stay balanced.
final class BatchRunner: @unchecked Sendable {
  // SAFETY: `workspaces[k]` is used only by worker k of a batch; batches do not overlap.
  let threads: Int
  private let workspaces: [Workspace]

  init(threads: Int) {
    self.threads = max(1, threads)
    workspaces = (0..<self.threads).map { _ in Workspace() }
  }

  func run<Result>(count: Int, _ work: @Sendable (Int, Workspace) -> Result) -> [Result] {
    if threads == 1 || count <= 1 {
      let workspace = workspaces[0]
      return (0..<count).map { work($0, workspace) }
    }
    let slots = Slots<Result>(count: count)
    let next = Atomic<Int>(0)
    let workers = min(threads, count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let workspace = self.workspaces[worker]
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        slots.set(index, work(index, workspace))
      }
    }
    return slots.values()
  }
}

/// Result slots written at disjoint indices from several threads.
private final class Slots<Value>: @unchecked Sendable {
  // SAFETY: each index is written by exactly one worker (the atomic counter hands each out
  // once), through raw storage, and read only after concurrentPerform has returned, which
  // orders the writes before the reads.
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: Value) { slots[index] = value }

  func values() -> [Value] { slots.map { $0! } }
}

/// Bytes for standard output, gathered and written in blocks of about a megabyte.
final class BlockWriter {
  private let console: Console
  private var buffer = OutputBuffer(capacity: 1 << 20)
  private let blockSize: Int

  init(console: Console, blockSize: Int = 1 << 20) {
    self.console = console
    self.blockSize = blockSize
  }

  func write(_ bytes: [UInt8]) throws {
    if bytes.count >= blockSize {
      // A large document's output goes out as it is, without a copy into the block.
      try flush()
      try bytes.withUnsafeBytes { try console.write($0) }
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.bytes.count >= blockSize { try flush() }
  }

  func write(_ text: StaticString) throws {
    buffer.append(text)
    if buffer.bytes.count >= blockSize { try flush() }
  }

  func write(_ text: String) throws {
    buffer.append(raw: text)
    if buffer.bytes.count >= blockSize { try flush() }
  }

  func flush() throws {
    guard !buffer.bytes.isEmpty else { return }
    try buffer.bytes.withUnsafeBytes { try console.write($0) }
    buffer.bytes.removeAll(keepingCapacity: true)
  }
}
