import ScoutCLI

NormalizeCommand.main()
