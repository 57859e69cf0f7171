namespace ParIndex.Engine.Rules;

/// <summary>The instruction of a <see cref="CompiledRule"/>.</summary>
internal enum CompiledForm : byte
{
    General,
    MetOrNot,
    StepTable,
    OptionTable,
    CountTable,
}
