import ScoutCLI

ScoreCommand.main()
