/// The output of the last stage: the final rows and the manifest of what was delivered.
public struct ShortlistOutput: Sendable {
    public var final: FinalShortlist
    public var manifest: Manifest
    /// The files delivered, in the order `manifest.outputs` lists them.
    public var deliverables: [Deliverable]
}
