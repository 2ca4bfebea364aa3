import ScoutCLI

StageExecutable<NormalizeCommand>.main()
