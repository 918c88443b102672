using Ladder.Cli;

return LadderCli.Run(args);
