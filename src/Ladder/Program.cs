using Ladder.Cli;

return BatchRelaunch.Run(args) ?? LadderCli.Run(args);
