import ScoutCLI

StageExecutable<ShortlistCommand>.main()
