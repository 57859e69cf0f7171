using System.Text;

namespace ParIndex.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (IOException)
        {
            // No console to configure (redirected output on some hosts): the writers stay as they are.
        }
        return CliApp.Run(args, Console.Out, Console.Error);
    }
}
