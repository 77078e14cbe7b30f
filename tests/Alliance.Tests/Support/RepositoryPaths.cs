namespace Alliance.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The checkout's root folder (the one holding Alliance.sln).</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alliance.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Alliance.sln not found above the test binaries.");
    }
}
