import ScoutCLI

IngestCommand.main()
