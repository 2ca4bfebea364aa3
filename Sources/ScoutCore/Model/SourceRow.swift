/// One accepted input row after header mapping: canonical field values as text, plus where it came from.
public struct SourceRow: Sendable, Hashable {
    public var file: String
    public var line: Int
    /// The record exactly as read.
    public var raw: String
    /// One value per `CreatorField`, in `CreatorField.allCases` order; empty when absent.
    public var values: [String]

    public init(
        file: String, line: Int, raw: String,
        values: [String] = Array(repeating: "", count: CreatorField.allCases.count)
    ) {
        self.file = file
        self.line = line
        self.raw = raw
        self.values = values
    }

    public subscript(field: CreatorField) -> String {
        get { values[field.ordinal] }
        set { values[field.ordinal] = newValue }
    }
}

extension SourceRow {
    /// A row without heap storage, left in the slot of a row moved out of an array (`ChunkQueue`).
    static let filler = SourceRow(file: "", line: 0, raw: "", values: [])
}
