/// How stage 2 treats rows and identities.
///
/// Every property changes the stage's output (or whether it fails), so all of them are part of its resume
/// fingerprint; a file named here is also fingerprinted by content.
public struct NormalizeOptions: Sendable, Codable, Equatable {
    /// Fail the run when more than this share (0–1) of creator rows is quarantined.
    public var maxQuarantineRatio: Double?
    /// An extra `merge_overrides.csv` (input side), applied on top of the one in the data folder.
    public var mergeOverrides: String?

    public init(maxQuarantineRatio: Double? = nil, mergeOverrides: String? = nil) {
        self.maxQuarantineRatio = maxQuarantineRatio
        self.mergeOverrides = mergeOverrides
    }
}
