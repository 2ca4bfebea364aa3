/// Output options for the files people open.
public struct OutputOptions: Sendable {
    /// Start CSV outputs with a UTF-8 BOM so Excel shows non-ASCII names correctly.
    public var excelBOM = false

    public init(excelBOM: Bool = false) { self.excelBOM = excelBOM }
}
