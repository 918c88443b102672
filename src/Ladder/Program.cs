using Ladder;

// Before any thread mallocs: glibc makes a thread's arena when it first needs one, and keeps it.
Ladder.Web.Hosting.NativeHeap.LimitArenas();

return BatchRelaunch.Run(args) ?? LadderCli.Run(args);
