import ScoutCLI

ShortlistCommand.main()
