extension OutreachRules {
    /// The lists a run's context read (`--do-not-contact`, `--statuses`), counting windows back from
    /// `ScoreOptions.asOf` (today's UTC date when unset); nil when neither was given.
    init?(_ context: StageContext) {
        guard context.doNotContact != nil || context.statuses != nil else { return nil }
        self.init(
            doNotContact: context.doNotContact, statuses: context.statuses,
            today: context.options.score.asOf ?? RunClock.today())
    }
}
