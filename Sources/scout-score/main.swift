import ScoutCLI

StageExecutable<ScoreCommand>.main()
