/// One row of the outreach statuses file: a creator, the brand (or brief) it concerns, a status and its date.
public struct OutreachRecord: Sendable, Hashable {
    /// The creator as written, resolved like the do-not-contact list (`CreatorReference`).
    public var creator: CreatorReference
    /// The brand as written (compared folded: case, spaces and punctuation ignored); may be empty.
    public var brand: String
    /// The brief it concerns; may be empty.
    public var briefID: String
    public var status: OutreachStatus
    /// `yyyy-mm-dd`.
    public var date: String
    /// Days since 1970-01-01 of `date`.
    public var day: Int
    public var note: String
    /// The line in the statuses file (later lines win among records of the same date).
    public var line: Int
}
