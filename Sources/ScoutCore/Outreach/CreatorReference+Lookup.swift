extension CreatorReference {
    /// A list's references by account id (`platform:handle`) and by bare handle, to find which rows name an account.
    struct Lookup {
        var byAccount: [String: [Int]] = [:]
        var byHandle: [String: [Int]] = [:]

        init(_ references: [CreatorReference]) {
            for (i, reference) in references.enumerated() {
                if let id = reference.accountID {
                    byAccount[id, default: []].append(i)
                } else {
                    byHandle[reference.handle, default: []].append(i)
                }
            }
        }

        /// The indices of the references naming the account `accountID` with `handle`, ascending.
        func rows(_ accountID: String, handle: String) -> [Int] {
            ((byAccount[accountID] ?? []) + (byHandle[handle] ?? [])).sorted()
        }
    }
}
