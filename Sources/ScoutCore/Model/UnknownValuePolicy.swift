/// What a country or language filter does with a creator the export says nothing about.
public enum UnknownValuePolicy: String, Sendable, Hashable {
    case pass, fail
}
