import ScoutCLI

StageExecutable<IngestCommand>.main()
