/// One shard of a sharded night: `k/N`, k from 1 to N (`scout ingest --shard 2/4`).
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// From 1.
    public var index: Int
    public var count: Int

    public init(_ index: Int, of count: Int) {
        precondition(count >= 1 && (1...count).contains(index))
        self.index = index
        self.count = count
    }

    /// Reads `k/N` (1 ≤ k ≤ N); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else {
            return nil
        }
        self.init(k, of: n)
    }

    /// Every shard of `count`.
    public static func all(_ count: Int) -> [Shard] { (1...max(1, count)).map { Shard($0, of: max(1, count)) } }

    /// `k/N`.
    public var description: String { "\(index)/\(count)" }

    /// The shard's folder name: `k-of-N`.
    public var folder: String { "\(index)-of-\(count)" }

    /// The shard a key belongs to: FNV-1a 64 of its UTF-8 bytes, modulo N (never Swift's `Hasher`, which is
    /// seeded per process).
    public static func of(_ key: String, count: Int) -> Shard {
        Shard(Int(StableHash.fnv1a64(key) % UInt64(count)) + 1, of: count)
    }
}
