/// Where outreach to a creator stands for one brand (a row of the statuses file, `status` column).
public enum OutreachStatus: String, Sendable, CaseIterable {
    case pitched, replied, declined, booked, completed
    case doNotContact = "do_not_contact"
}
