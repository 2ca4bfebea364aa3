/// What `scout plan` produces: the plan, the night's briefs (read and checked once), and their diagnostics.
public struct ShardPlanOutput: Sendable {
    public var plan: ShardPlan
    public var briefs: [Brief]
    public var diagnostics: DiagnosticsCollector
}
