import ArgumentParser
import ScoutCore

extension Platform: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
