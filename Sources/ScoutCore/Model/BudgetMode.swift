/// What a brief's `budget` means (`budget_mode`).
public enum BudgetMode: String, Sendable, Hashable, CaseIterable {
    /// `budget` / `shortlist_size` is each creator's share: a guide the commercial score reads, not a limit on the list.
    case perCreator = "per_creator"
    /// `budget` is the whole list's: the shortlist is chosen to maximise its total score with planned spend within it.
    case total
}
