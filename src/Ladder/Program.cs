using Ladder;

return BatchRelaunch.Run(args) ?? LadderCli.Run(args);
