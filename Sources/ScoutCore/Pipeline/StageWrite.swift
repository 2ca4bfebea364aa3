/// What writing one stage's files gave: their paths, the wall time it took, and what was done with them right
/// after on the same thread (a night's fingerprints).
package struct StageWrite<Extra: Sendable>: Sendable {
    package var files: [String]
    package var seconds: Double
    package var extra: Extra
}
