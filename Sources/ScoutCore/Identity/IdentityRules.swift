/// What identity resolution needs besides the accounts: shared web domains and the user's overrides.
public struct IdentityRules: Sendable {
    /// Domains that never link people. `nil` turns off linking by web site (no table to guard it).
    public var sharedDomains: SharedDomains?
    public var overrides: MergeOverrides

    public init(sharedDomains: SharedDomains? = nil, overrides: MergeOverrides = MergeOverrides()) {
        self.sharedDomains = sharedDomains
        self.overrides = overrides
    }

    /// The rules from the reference data plus an input-side override file, when given.
    public init(reference: ReferenceData, overridesPath: String?) throws {
        sharedDomains = reference.linkServices
        overrides = reference.mergeOverrides
        if let overridesPath { overrides = overrides.adding(try MergeOverrides.load(overridesPath)) }
    }
}
