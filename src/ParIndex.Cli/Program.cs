namespace ParIndex.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("parindex: not built yet");
        return 1;
    }
}
