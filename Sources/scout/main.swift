import ScoutCLI

ScoutCommand.main()
