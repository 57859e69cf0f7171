namespace ParIndex.Engine.Messages;

/// <summary>
/// Every problem code of the engine, one field each, in code order. The texts are in the catalogues
/// (<c>EnglishTexts</c>, <c>VietnameseTexts</c>); docs/errors.md lists each code with an example and the fix.
/// </summary>
public static class ErrorCodes
{
    // PI01xx: reading a JSON document

    /// <summary>PI0100: {text}</summary>
    public static readonly ErrorCode JsonText = new("PI0100", "JsonText", "text");

    /// <summary>PI0101: the file does not exist ({path}); expected {expected}</summary>
    public static readonly ErrorCode FileMissing = new("PI0101", "FileMissing", "path", "expected");

    /// <summary>PI0102: the file could not be read: {detail} ({path}); expected {expected}</summary>
    public static readonly ErrorCode FileUnreadable = new("PI0102", "FileUnreadable", "detail", "path", "expected");

    /// <summary>PI0103: the document is {size} bytes, more than the limit of {limit} bytes (JsonLimits.{limitName})</summary>
    public static readonly ErrorCode DocumentTooLarge = new("PI0103", "DocumentTooLarge", "size", "limit", "limitName");

    /// <summary>PI0104: the file is not valid UTF-8 (byte 0x{byte} at offset {offset}); save it as UTF-8</summary>
    public static readonly ErrorCode NotUtf8 = new("PI0104", "NotUtf8", "byte", "offset");

    /// <summary>PI0105: the document is empty; expected a JSON object such as {"$schema": ...}</summary>
    public static readonly ErrorCode DocumentEmpty = new("PI0105", "DocumentEmpty");

    /// <summary>PI0106: duplicate property '{name}' (first at line {line}); a property may appear only once</summary>
    public static readonly ErrorCode DuplicateProperty = new("PI0106", "DuplicateProperty", "name", "line");

    /// <summary>PI0107: the document nests deeper than {max} levels (JsonLimits.MaxDepth)</summary>
    public static readonly ErrorCode TooDeep = new("PI0107", "TooDeep", "max");

    /// <summary>PI0108: comments are not allowed in JSON; remove the // or /* */ comment (use a "note" or "description" property instead)</summary>
    public static readonly ErrorCode Comment = new("PI0108", "Comment");

    /// <summary>PI0109: trailing comma before '}'; remove the comma after the last property</summary>
    public static readonly ErrorCode TrailingCommaInObject = new("PI0109", "TrailingCommaInObject");

    /// <summary>PI0110: trailing comma before ']'; remove the comma after the last item</summary>
    public static readonly ErrorCode TrailingCommaInArray = new("PI0110", "TrailingCommaInArray");

    /// <summary>PI0111: trailing comma; remove the comma after the last property or item</summary>
    public static readonly ErrorCode TrailingComma = new("PI0111", "TrailingComma");

    /// <summary>PI0112: NaN and Infinity are not JSON numbers; expected a decimal number such as 2.5</summary>
    public static readonly ErrorCode NotANumber = new("PI0112", "NotANumber");

    /// <summary>PI0113: strings and property names take double quotes ("), not single quotes</summary>
    public static readonly ErrorCode SingleQuotes = new("PI0113", "SingleQuotes");

    /// <summary>PI0114: the document ends too early; a '}' or ']' is missing</summary>
    public static readonly ErrorCode EndsEarly = new("PI0114", "EndsEarly");

    /// <summary>PI0115: only one JSON value is allowed in a document; remove what follows its closing '}'</summary>
    public static readonly ErrorCode TrailingContent = new("PI0115", "TrailingContent");

    /// <summary>PI0116: invalid JSON: {detail}</summary>
    public static readonly ErrorCode JsonSyntax = new("PI0116", "JsonSyntax", "detail");

    /// <summary>PI0117: the text has an unpaired surrogate escape (such as \ud800 without its low half); expected valid Unicode text</summary>
    public static readonly ErrorCode UnpairedSurrogate = new("PI0117", "UnpairedSurrogate");

    /// <summary>PI0118: the document could not be read as JSON: {detail}</summary>
    public static readonly ErrorCode JsonUnreadable = new("PI0118", "JsonUnreadable", "detail");

    /// <summary>PI0119: the framework has more than {max} nodes (JsonLimits.MaxNodes)</summary>
    public static readonly ErrorCode TooManyNodes = new("PI0119", "TooManyNodes", "max");

    /// <summary>PI0120: the assessment has more than {max} units (JsonLimits.MaxUnits)</summary>
    public static readonly ErrorCode TooManyUnits = new("PI0120", "TooManyUnits", "max");

    /// <summary>PI0121: the assessment has {count} units, more than the limit of {max} (JsonLimits.MaxUnits)</summary>
    public static readonly ErrorCode TooManyUnitsCounted = new("PI0121", "TooManyUnitsCounted", "count", "max");

    /// <summary>PI0122: the assessment has more than {max} input cells (JsonLimits.MaxCells)</summary>
    public static readonly ErrorCode TooManyCells = new("PI0122", "TooManyCells", "max");

    /// <summary>PI0123: {count} more problem(s) not shown: only the first {max} are reported (JsonLimits.MaxProblems); fix these and load again</summary>
    public static readonly ErrorCode TooManyProblems = new("PI0123", "TooManyProblems", "count", "max");

    /// <summary>PI0124: the document could not be read</summary>
    public static readonly ErrorCode DocumentUnreadable = new("PI0124", "DocumentUnreadable");

    /// <summary>PI0125: the document could not be read ({type}: {detail})</summary>
    public static readonly ErrorCode ReaderFailed = new("PI0125", "ReaderFailed", "type", "detail");

    /// <summary>PI0126: expected {what} (a JSON object), got {got}</summary>
    public static readonly ErrorCode ExpectedObject = new("PI0126", "ExpectedObject", "what", "got");

    /// <summary>PI0127: unknown property '{name}'; expected one of {expected}</summary>
    public static readonly ErrorCode UnknownProperty = new("PI0127", "UnknownProperty", "name", "expected");

    /// <summary>PI0128: unknown property '{name}' (did you mean '{hint}'?); expected one of {expected}</summary>
    public static readonly ErrorCode UnknownPropertyHint = new("PI0128", "UnknownPropertyHint", "name", "hint", "expected");

    /// <summary>PI0129: missing required property '{name}'</summary>
    public static readonly ErrorCode MissingProperty = new("PI0129", "MissingProperty", "name");

    /// <summary>PI0130: expected a string, got {got}</summary>
    public static readonly ErrorCode ExpectedString = new("PI0130", "ExpectedString", "got");

    /// <summary>PI0131: expected a number, got {got}</summary>
    public static readonly ErrorCode ExpectedNumber = new("PI0131", "ExpectedNumber", "got");

    /// <summary>PI0132: expected a number, got {got}; write numbers without quotes</summary>
    public static readonly ErrorCode NumberInQuotes = new("PI0132", "NumberInQuotes", "got");

    /// <summary>PI0133: the number {number} cannot be held exactly as a decimal; expected at most 28 significant digits and a magnitude below 7.9e28</summary>
    public static readonly ErrorCode NumberNotExact = new("PI0133", "NumberNotExact", "number");

    /// <summary>PI0134: expected a whole number, got {got}</summary>
    public static readonly ErrorCode ExpectedWholeNumber = new("PI0134", "ExpectedWholeNumber", "got");

    /// <summary>PI0135: expected a whole number of at least {min}, got {got}</summary>
    public static readonly ErrorCode WholeNumberTooSmall = new("PI0135", "WholeNumberTooSmall", "min", "got");

    /// <summary>PI0136: expected true or false, got {got}</summary>
    public static readonly ErrorCode ExpectedBoolean = new("PI0136", "ExpectedBoolean", "got");

    /// <summary>PI0137: {value} is not a valid {what}; expected one of {expected}</summary>
    public static readonly ErrorCode NotAValue = new("PI0137", "NotAValue", "value", "what", "expected");

    /// <summary>PI0138: expected an array, got {got}</summary>
    public static readonly ErrorCode ExpectedArray = new("PI0138", "ExpectedArray", "got");

    /// <summary>PI0139: '{name}' must not be empty</summary>
    public static readonly ErrorCode EmptyArray = new("PI0139", "EmptyArray", "name");

    /// <summary>PI0140: expected an object mapping keys to {what} objects, got {got}</summary>
    public static readonly ErrorCode ExpectedObjectMap = new("PI0140", "ExpectedObjectMap", "what", "got");

    /// <summary>PI0141: duplicate unit id '{id}' (first at {first}); each unit of {within} needs its own id</summary>
    public static readonly ErrorCode DuplicateUnitIdWithin = new("PI0141", "DuplicateUnitIdWithin", "id", "first", "within");

    /// <summary>PI0142: duplicate unit id '{id}' (first at {first})</summary>
    public static readonly ErrorCode DuplicateUnitId = new("PI0142", "DuplicateUnitId", "id", "first");

    /// <summary>PI0143: expected an object mapping leaf codes to inputs ("3.4.1": {...}), got {got}</summary>
    public static readonly ErrorCode InputsNotObject = new("PI0143", "InputsNotObject", "got");

    /// <summary>PI0144: expected an object mapping adjustment codes to occurrences ("P1": 2), got {got}</summary>
    public static readonly ErrorCode AdjustmentsNotObject = new("PI0144", "AdjustmentsNotObject", "got");

    /// <summary>PI0145: expected an object mapping answers to respondent counts, got {got}</summary>
    public static readonly ErrorCode SurveyCountsNotObject = new("PI0145", "SurveyCountsNotObject", "got");

    /// <summary>PI0146: the framework does not extend another; it has no 'extends'</summary>
    public static readonly ErrorCode NotExtending = new("PI0146", "NotExtending");

    /// <summary>PI0147: "$schema" must be the first property, so editors pick the schema up</summary>
    public static readonly ErrorCode SchemaNotFirst = new("PI0147", "SchemaNotFirst");

    // PI02xx: the framework's structure

    /// <summary>PI0200: {text}</summary>
    public static readonly ErrorCode FrameworkText = new("PI0200", "FrameworkText", "text");

    /// <summary>PI0201: a framework needs at least one area</summary>
    public static readonly ErrorCode NoAreas = new("PI0201", "NoAreas");

    /// <summary>PI0202: id '{id}' must be lower-case letters, digits and single dashes ("thanh-tri-commune-2018")</summary>
    public static readonly ErrorCode FrameworkIdFormat = new("PI0202", "FrameworkIdFormat", "id");

    /// <summary>PI0203: a framework needs a name</summary>
    public static readonly ErrorCode FrameworkNameMissing = new("PI0203", "FrameworkNameMissing");

    /// <summary>PI0204: a framework needs an issuer ("UBND huyện Thạnh Trị")</summary>
    public static readonly ErrorCode FrameworkIssuerMissing = new("PI0204", "FrameworkIssuerMissing");

    /// <summary>PI0205: year {year} is out of range; expected 2000 to 2100</summary>
    public static readonly ErrorCode FrameworkYearRange = new("PI0205", "FrameworkYearRange", "year");

    /// <summary>PI0206: a framework needs a version ("1.0.0")</summary>
    public static readonly ErrorCode FrameworkVersionMissing = new("PI0206", "FrameworkVersionMissing");

    /// <summary>PI0207: scale must be positive; got {value}</summary>
    public static readonly ErrorCode ScaleNotPositive = new("PI0207", "ScaleNotPositive", "value");

    /// <summary>PI0208: leaf decimals must be 0 to 6; got {value}</summary>
    public static readonly ErrorCode LeafDecimalsRange = new("PI0208", "LeafDecimalsRange", "value");

    /// <summary>PI0209: index decimals must be 0 to 6; got {value}</summary>
    public static readonly ErrorCode IndexDecimalsRange = new("PI0209", "IndexDecimalsRange", "value");

    /// <summary>PI0210: manual step must be positive; got {value}</summary>
    public static readonly ErrorCode ManualStepNotPositive = new("PI0210", "ManualStepNotPositive", "value");

    /// <summary>PI0211: a quota is a percentage; expected more than 0 and at most 100, got {value}</summary>
    public static readonly ErrorCode QuotaRange = new("PI0211", "QuotaRange", "value");

    /// <summary>PI0212: a top-band quota cannot be combined with bands by rank</summary>
    public static readonly ErrorCode QuotaWithBandsByRank = new("PI0212", "QuotaWithBandsByRank");

    /// <summary>PI0213: code '{code}' must be digits separated by dots ("3.4.1")</summary>
    public static readonly ErrorCode CodeFormat = new("PI0213", "CodeFormat", "code");

    /// <summary>PI0214: an area's code is a single number; got '{code}'</summary>
    public static readonly ErrorCode AreaCodeFormat = new("PI0214", "AreaCodeFormat", "code");

    /// <summary>PI0215: code '{code}' does not follow its parent '{parent}'; expected '{parent}.&lt;n&gt;'</summary>
    public static readonly ErrorCode CodeNotUnderParent = new("PI0215", "CodeNotUnderParent", "code", "parent");

    /// <summary>PI0216: duplicate code '{code}'</summary>
    public static readonly ErrorCode DuplicateCode = new("PI0216", "DuplicateCode", "code");

    /// <summary>PI0217: a node needs a Vietnamese name</summary>
    public static readonly ErrorCode NodeNameMissing = new("PI0217", "NodeNameMissing");

    /// <summary>PI0218: max points must be within 0 to {limit}; got {value}</summary>
    public static readonly ErrorCode MaxPointsRange = new("PI0218", "MaxPointsRange", "limit", "value");

    /// <summary>PI0219: the tree is at most {max} levels deep (area → criterion → sub-criterion → item)</summary>
    public static readonly ErrorCode TooManyLevels = new("PI0219", "TooManyLevels", "max");

    /// <summary>PI0220: a leaf needs exactly one rule</summary>
    public static readonly ErrorCode LeafWithoutRule = new("PI0220", "LeafWithoutRule");

    /// <summary>PI0221: a node with children takes its points from them and cannot have a rule</summary>
    public static readonly ErrorCode ParentWithRule = new("PI0221", "ParentWithRule");

    /// <summary>PI0222: evidence is required of leaves; move it to the leaves that need it</summary>
    public static readonly ErrorCode ParentWithEvidence = new("PI0222", "ParentWithEvidence");

    /// <summary>PI0223: a not-applicable policy belongs to leaves</summary>
    public static readonly ErrorCode ParentWithNotApplicable = new("PI0223", "ParentWithNotApplicable");

    /// <summary>PI0224: max points {max} must equal the largest of its children's maxima, {expected}</summary>
    public static readonly ErrorCode MaxNotLargestOfChildren = new("PI0224", "MaxNotLargestOfChildren", "max", "expected");

    /// <summary>PI0225: max points {max} must equal the sum of its children's maxima, {expected}</summary>
    public static readonly ErrorCode MaxNotSumOfChildren = new("PI0225", "MaxNotSumOfChildren", "max", "expected");

    /// <summary>PI0226: leader indicator '{indicator}' must be the code of a leaf measured by a value, count or ratio</summary>
    public static readonly ErrorCode LeaderIndicatorNotMeasured = new("PI0226", "LeaderIndicatorNotMeasured", "indicator");

    /// <summary>PI0227: an adjustment needs a code</summary>
    public static readonly ErrorCode AdjustmentCodeMissing = new("PI0227", "AdjustmentCodeMissing");

    /// <summary>PI0228: duplicate adjustment code '{code}'</summary>
    public static readonly ErrorCode DuplicateAdjustmentCode = new("PI0228", "DuplicateAdjustmentCode", "code");

    /// <summary>PI0229: an adjustment needs a Vietnamese name</summary>
    public static readonly ErrorCode AdjustmentNameMissing = new("PI0229", "AdjustmentNameMissing");

    /// <summary>PI0230: an adjustment needs exactly one of 'pointsPerOccurrence' and 'fixedPoints'</summary>
    public static readonly ErrorCode AdjustmentPointsOneOf = new("PI0230", "AdjustmentPointsOneOf");

    /// <summary>PI0231: points per occurrence must be positive; got {value}</summary>
    public static readonly ErrorCode AdjustmentPerOccurrenceNotPositive = new("PI0231", "AdjustmentPerOccurrenceNotPositive", "value");

    /// <summary>PI0232: fixed points must be positive; got {value}</summary>
    public static readonly ErrorCode AdjustmentFixedNotPositive = new("PI0232", "AdjustmentFixedNotPositive", "value");

    /// <summary>PI0233: cap must be positive and at most {limit}; got {value}</summary>
    public static readonly ErrorCode AdjustmentCapRange = new("PI0233", "AdjustmentCapRange", "limit", "value");

    /// <summary>PI0234: an adjustment's points must be at most {limit}</summary>
    public static readonly ErrorCode AdjustmentPointsTooLarge = new("PI0234", "AdjustmentPointsTooLarge", "limit");

    /// <summary>PI0235: part code '{code}' is empty or duplicate</summary>
    public static readonly ErrorCode PartCodeInvalid = new("PI0235", "PartCodeInvalid", "code");

    /// <summary>PI0236: a part needs a Vietnamese name</summary>
    public static readonly ErrorCode PartNameMissing = new("PI0236", "PartNameMissing");

    /// <summary>PI0237: a part needs at least one area</summary>
    public static readonly ErrorCode PartWithoutAreas = new("PI0237", "PartWithoutAreas");

    /// <summary>PI0238: '{code}' is not the code of an area</summary>
    public static readonly ErrorCode PartAreaUnknown = new("PI0238", "PartAreaUnknown", "code");

    /// <summary>PI0239: area '{area}' is already in part '{part}'</summary>
    public static readonly ErrorCode AreaInTwoParts = new("PI0239", "AreaInTwoParts", "area", "part");

    /// <summary>PI0240: max points {max} must equal the sum of its areas' maxima, {expected}</summary>
    public static readonly ErrorCode PartMaxNotSum = new("PI0240", "PartMaxNotSum", "max", "expected");

    /// <summary>PI0241: area '{area}' is in no part; with parts declared every area belongs to exactly one</summary>
    public static readonly ErrorCode AreaInNoPart = new("PI0241", "AreaInNoPart", "area");

    /// <summary>PI0242: a band needs a label</summary>
    public static readonly ErrorCode BandLabelMissing = new("PI0242", "BandLabelMissing");

    /// <summary>PI0243: duplicate band '{label}'</summary>
    public static readonly ErrorCode DuplicateBand = new("PI0243", "DuplicateBand", "label");

    /// <summary>PI0244: band '{label}' starts at {start}, outside the scale 0 to {scale}</summary>
    public static readonly ErrorCode BandStartOutsideScale = new("PI0244", "BandStartOutsideScale", "label", "start", "scale");

    /// <summary>PI0245: band '{label}' ends at {end}, above the scale {scale}</summary>
    public static readonly ErrorCode BandEndAboveScale = new("PI0245", "BandEndAboveScale", "label", "end", "scale");

    /// <summary>PI0246: band '{label}' ends at {end}, not above its start {start}</summary>
    public static readonly ErrorCode BandEndNotAboveStart = new("PI0246", "BandEndNotAboveStart", "label", "end", "start");

    /// <summary>PI0247: the top band '{label}' must reach the scale {scale}; it ends at {end}</summary>
    public static readonly ErrorCode TopBandBelowScale = new("PI0247", "TopBandBelowScale", "label", "scale", "end");

    /// <summary>PI0248: bands are listed best first with decreasing minima; {start} follows {previous}</summary>
    public static readonly ErrorCode BandsNotDecreasing = new("PI0248", "BandsNotDecreasing", "start", "previous");

    /// <summary>PI0249: gap between band '{label}' (ends at {end}) and band '{next}' (starts at {nextStart})</summary>
    public static readonly ErrorCode BandGap = new("PI0249", "BandGap", "label", "end", "next", "nextStart");

    /// <summary>PI0250: band '{label}' (ends at {end}) overlaps band '{next}' (starts at {nextStart})</summary>
    public static readonly ErrorCode BandOverlap = new("PI0250", "BandOverlap", "label", "end", "next", "nextStart");

    /// <summary>PI0251: the lowest band must start at 0 so every index has a band; it starts at {start}</summary>
    public static readonly ErrorCode LowestBandNotZero = new("PI0251", "LowestBandNotZero", "start");

    /// <summary>PI0252: disqualifier code '{code}' is empty or duplicate</summary>
    public static readonly ErrorCode DisqualifierCodeInvalid = new("PI0252", "DisqualifierCodeInvalid", "code");

    /// <summary>PI0253: a disqualifier needs a Vietnamese name</summary>
    public static readonly ErrorCode DisqualifierNameMissing = new("PI0253", "DisqualifierNameMissing");

    /// <summary>PI0254: '{band}' is not a band of this framework; expected one of {expected}</summary>
    public static readonly ErrorCode DisqualifierBandUnknown = new("PI0254", "DisqualifierBandUnknown", "band", "expected");

    /// <summary>PI0255: {subject} {value} is not a multiple of {step}, the step of the leaf decimals ({decimals}): it cannot be shown exactly at that precision; give it on the step or raise leafDecimals</summary>
    public static readonly ErrorCode NotOnLeafStep = new("PI0255", "NotOnLeafStep", "subject", "value", "step", "decimals");

    /// <summary>PI0256: {subject} {value} is not a multiple of {step}, the step of the index decimals ({decimals}): it cannot be shown exactly at that precision; give it on the step or raise indexDecimals</summary>
    public static readonly ErrorCode NotOnIndexStep = new("PI0256", "NotOnIndexStep", "subject", "value", "step", "decimals");

    /// <summary>PI0257: a node has either 'children' or a 'rule', not both</summary>
    public static readonly ErrorCode RuleAndChildren = new("PI0257", "RuleAndChildren");

    /// <summary>PI0258: 'children' must not be empty; give a leaf a 'rule' instead</summary>
    public static readonly ErrorCode EmptyChildren = new("PI0258", "EmptyChildren");

    /// <summary>PI0259: missing required property 'rule' (a leaf) or 'children' (a parent)</summary>
    public static readonly ErrorCode RuleOrChildrenMissing = new("PI0259", "RuleOrChildrenMissing");

    /// <summary>PI0260: a framework that extends another does not repeat 'areas'; change the base with 'changes' (addChildren, replaceRule, setMaxPoints)</summary>
    public static readonly ErrorCode ExtendsRepeatsAreas = new("PI0260", "ExtendsRepeatsAreas");

    /// <summary>PI0261: 'extends' needs either 'file' (the base framework's file, relative to this one) or both 'id' and 'version'</summary>
    public static readonly ErrorCode ExtendsIncomplete = new("PI0261", "ExtendsIncomplete");

    /// <summary>PI0262: the base framework cannot be looked up here; load this file with ParIndexJson.LoadFramework(path)</summary>
    public static readonly ErrorCode ExtendsNoLookup = new("PI0262", "ExtendsNoLookup");

    /// <summary>PI0263: the base framework could not be loaded</summary>
    public static readonly ErrorCode BaseNotLoaded = new("PI0263", "BaseNotLoaded");

    /// <summary>PI0264: '{op}' is not a change; expected one of {expected}</summary>
    public static readonly ErrorCode ChangeOpUnknown = new("PI0264", "ChangeOpUnknown", "op", "expected");

    /// <summary>PI0265: no node '{code}' in the base framework '{framework}' {version}</summary>
    public static readonly ErrorCode ChangeNodeUnknown = new("PI0265", "ChangeNodeUnknown", "code", "framework", "version");

    /// <summary>PI0266: '{code}' has children in the base framework; only a leaf has a rule</summary>
    public static readonly ErrorCode ChangeRuleOnParent = new("PI0266", "ChangeRuleOnParent", "code");

    /// <summary>PI0267: base node '{code}' ({where} in the composed framework): {problem}</summary>
    public static readonly ErrorCode BaseNodeProblem = new("PI0267", "BaseNodeProblem", "code", "where", "problem");

    /// <summary>PI0268: base node '{code}' of '{framework}' ({where}): {problem}</summary>
    public static readonly ErrorCode BaseNodeProblemOutside = new("PI0268", "BaseNodeProblemOutside", "code", "framework", "where", "problem");

    /// <summary>PI0269: in the composed framework, {path}: {problem}</summary>
    public static readonly ErrorCode ComposedProblem = new("PI0269", "ComposedProblem", "path", "problem");

    /// <summary>PI0270: no framework '{id}' version '{version}' among the .json files of {directory}; give 'extends.file' instead</summary>
    public static readonly ErrorCode BaseNotFound = new("PI0270", "BaseNotFound", "id", "version", "directory");

    /// <summary>PI0271: 'extends' makes a cycle: {chain}</summary>
    public static readonly ErrorCode ExtendsCycle = new("PI0271", "ExtendsCycle", "chain");

    /// <summary>PI0272: more than 4 levels of 'extends'; extend the province's framework directly</summary>
    public static readonly ErrorCode ExtendsTooDeep = new("PI0272", "ExtendsTooDeep");

    /// <summary>PI0273: the base framework {file} does not load: {problem}</summary>
    public static readonly ErrorCode BaseDoesNotLoad = new("PI0273", "BaseDoesNotLoad", "file", "problem");

    /// <summary>PI0274: the base framework {file} does not load: {problem} (and {more} more problems)</summary>
    public static readonly ErrorCode BaseDoesNotLoadMore = new("PI0274", "BaseDoesNotLoadMore", "file", "problem", "more");

    // PI03xx: rule kinds and rule parameters

    /// <summary>PI0300: {text}</summary>
    public static readonly ErrorCode RuleText = new("PI0300", "RuleText", "text");

    /// <summary>PI0301: missing required property 'kind'; expected one of {expected}</summary>
    public static readonly ErrorCode RuleKindMissing = new("PI0301", "RuleKindMissing", "expected");

    /// <summary>PI0302: {value} is not a rule kind; expected one of {expected}</summary>
    public static readonly ErrorCode RuleKindUnknown = new("PI0302", "RuleKindUnknown", "value", "expected");

    /// <summary>PI0303: the '{kind}' rule could not be read</summary>
    public static readonly ErrorCode RuleNotRead = new("PI0303", "RuleNotRead", "kind");

    /// <summary>PI0304: rule kind '{kind}' failed to read the rule: {detail}</summary>
    public static readonly ErrorCode RuleReaderFailed = new("PI0304", "RuleReaderFailed", "kind", "detail");

    /// <summary>PI0305: expected a rule (a JSON object with "kind"), got {got}</summary>
    public static readonly ErrorCode RuleExpected = new("PI0305", "RuleExpected", "got");

    /// <summary>PI0306: a choice needs at least one option</summary>
    public static readonly ErrorCode ChoiceWithoutOptions = new("PI0306", "ChoiceWithoutOptions");

    /// <summary>PI0307: an option needs a label</summary>
    public static readonly ErrorCode OptionLabelMissing = new("PI0307", "OptionLabelMissing");

    /// <summary>PI0308: duplicate option '{label}'</summary>
    public static readonly ErrorCode DuplicateOption = new("PI0308", "DuplicateOption", "label");

    /// <summary>PI0309: option '{label}' gives {points} points; expected 0 to the leaf's max {max}</summary>
    public static readonly ErrorCode OptionPointsRange = new("PI0309", "OptionPointsRange", "label", "points", "max");

    /// <summary>PI0310: points per occurrence must be positive; got {value}</summary>
    public static readonly ErrorCode PointsPerOccurrenceNotPositive = new("PI0310", "PointsPerOccurrenceNotPositive", "value");

    /// <summary>PI0311: start must be within 0 to the leaf's max {max}; got {value}</summary>
    public static readonly ErrorCode DeductionStartRange = new("PI0311", "DeductionStartRange", "max", "value");

    /// <summary>PI0312: floor must be within 0 to start {start}; got {value}</summary>
    public static readonly ErrorCode DeductionFloorRange = new("PI0312", "DeductionFloorRange", "start", "value");

    /// <summary>PI0313: wipeOutFrom is an occurrence number, 1 or more; got {value}</summary>
    public static readonly ErrorCode WipeOutFromRange = new("PI0313", "WipeOutFromRange", "value");

    /// <summary>PI0314: step must be positive; got {value}</summary>
    public static readonly ErrorCode RuleStepNotPositive = new("PI0314", "RuleStepNotPositive", "value");

    /// <summary>PI0315: the leaf's max {max} is not a multiple of the step {step}</summary>
    public static readonly ErrorCode MaxNotMultipleOfStep = new("PI0315", "MaxNotMultipleOfStep", "max", "step");

    /// <summary>PI0316: points per item must be positive; got {value}</summary>
    public static readonly ErrorCode PointsPerItemNotPositive = new("PI0316", "PointsPerItemNotPositive", "value");

    /// <summary>PI0317: one item gives {value} points, more than the leaf's max {max}</summary>
    public static readonly ErrorCode PointsPerItemAboveMax = new("PI0317", "PointsPerItemAboveMax", "value", "max");

    /// <summary>PI0318: cap must be positive and at most the leaf's max {max}; got {value}</summary>
    public static readonly ErrorCode PerItemCapRange = new("PI0318", "PerItemCapRange", "max", "value");

    /// <summary>PI0319: target must be positive; got {value}</summary>
    public static readonly ErrorCode TargetNotPositive = new("PI0319", "TargetNotPositive", "value");

    /// <summary>PI0320: a ratio target is a percentage; expected at most 100, got {value}</summary>
    public static readonly ErrorCode RatioTargetAbove100 = new("PI0320", "RatioTargetAbove100", "value");

    /// <summary>PI0321: relative to the leader needs 'leaderIndicator', the code of the leaf that makes a unit the leader</summary>
    public static readonly ErrorCode LeaderIndicatorMissing = new("PI0321", "LeaderIndicatorMissing");

    /// <summary>PI0322: 'leaderIndicator' is used only with relativeTo 'leader'</summary>
    public static readonly ErrorCode LeaderIndicatorUnused = new("PI0322", "LeaderIndicatorUnused");

    /// <summary>PI0323: step {step} gives {points} points; expected 0 to the leaf's max {max}</summary>
    public static readonly ErrorCode StepPointsRange = new("PI0323", "StepPointsRange", "step", "points", "max");

    /// <summary>PI0324: a {measure} threshold is a percentage; expected 0 to 100, got {value}</summary>
    public static readonly ErrorCode ThresholdNotPercent = new("PI0324", "ThresholdNotPercent", "measure", "value");

    /// <summary>PI0325: a count threshold must be a whole number; got {value}</summary>
    public static readonly ErrorCode ThresholdNotWhole = new("PI0325", "ThresholdNotWhole", "value");

    /// <summary>PI0326: thresholds must decrease ("at least", best first); {value} follows {previous}</summary>
    public static readonly ErrorCode ThresholdsMustDecrease = new("PI0326", "ThresholdsMustDecrease", "value", "previous");

    /// <summary>PI0327: thresholds must increase ("at most", best first); {value} follows {previous}</summary>
    public static readonly ErrorCode ThresholdsMustIncrease = new("PI0327", "ThresholdsMustIncrease", "value", "previous");

    /// <summary>PI0328: a worse step must not give more points; {points} follows {previous}</summary>
    public static readonly ErrorCode WorseStepMorePoints = new("PI0328", "WorseStepMorePoints", "points", "previous");

    /// <summary>PI0329: steps need at least one step</summary>
    public static readonly ErrorCode NoSteps = new("PI0329", "NoSteps");

    /// <summary>PI0330: 'otherwise' gives {points} points; expected 0 to the leaf's max {max}</summary>
    public static readonly ErrorCode OtherwiseRange = new("PI0330", "OtherwiseRange", "points", "max");

    /// <summary>PI0331: 'otherwise' must not give more than the last step; {points} &gt; {last}</summary>
    public static readonly ErrorCode OtherwiseAboveLastStep = new("PI0331", "OtherwiseAboveLastStep", "points", "last");

    /// <summary>PI0332: an answer needs a label</summary>
    public static readonly ErrorCode AnswerLabelMissing = new("PI0332", "AnswerLabelMissing");

    /// <summary>PI0333: duplicate answer '{label}'</summary>
    public static readonly ErrorCode DuplicateAnswer = new("PI0333", "DuplicateAnswer", "label");

    /// <summary>PI0334: a weight is a percentage; expected 0 to 100, got {value}</summary>
    public static readonly ErrorCode AnswerWeightRange = new("PI0334", "AnswerWeightRange", "value");

    /// <summary>PI0335: Rule kind '{kind}' ({type}) is not registered, so the rule cannot be written or hashed; add its IRuleKind to the RuleKindRegistry (registered: {registered}).</summary>
    public static readonly ErrorCode RuleKindNotRegistered = new("PI0335", "RuleKindNotRegistered", "kind", "type", "registered");

    /// <summary>PI0336: Rule kind '{kind}' ({type}) of leaf {leaf} is not registered, so the rule cannot be written or hashed; add its IRuleKind to the RuleKindRegistry (registered: {registered}).</summary>
    public static readonly ErrorCode RuleKindNotRegisteredAtLeaf = new("PI0336", "RuleKindNotRegisteredAtLeaf", "kind", "type", "leaf", "registered");

    /// <summary>PI0337: 'minDenominator' must be positive (the least number of cases for which the ratio is scored); got {value}</summary>
    public static readonly ErrorCode MinDenominatorNotPositive = new("PI0337", "MinDenominatorNotPositive", "value");

    // PI04xx: a unit's inputs

    /// <summary>PI0400: {text}</summary>
    public static readonly ErrorCode InputText = new("PI0400", "InputText", "text");

    /// <summary>PI0401: no inputs for stage {stage}; stages present: {present}</summary>
    public static readonly ErrorCode NoStageInputs = new("PI0401", "NoStageInputs", "stage", "present");

    /// <summary>PI0402: no appraisal (Appraisal1 or Appraisal2) to give the final score; stages present: {present}</summary>
    public static readonly ErrorCode NoAppraisal = new("PI0402", "NoAppraisal", "present");

    /// <summary>PI0403: no node '{code}' in framework '{framework}'; expected a leaf code such as '{example}'</summary>
    public static readonly ErrorCode UnknownNode = new("PI0403", "UnknownNode", "code", "framework", "example");

    /// <summary>PI0404: '{code}' has children and takes its points from them; enter inputs for {leaves}</summary>
    public static readonly ErrorCode InputOnParent = new("PI0404", "InputOnParent", "code", "leaves");

    /// <summary>PI0405: the input is empty (null)</summary>
    public static readonly ErrorCode InputNull = new("PI0405", "InputNull");

    /// <summary>PI0406: no adjustment '{code}' in framework '{framework}'</summary>
    public static readonly ErrorCode UnknownAdjustment = new("PI0406", "UnknownAdjustment", "code", "framework");

    /// <summary>PI0407: occurrences must not be negative; got {value}</summary>
    public static readonly ErrorCode NegativeOccurrences = new("PI0407", "NegativeOccurrences", "value");

    /// <summary>PI0408: no disqualifier '{code}' in framework '{framework}'</summary>
    public static readonly ErrorCode UnknownDisqualifier = new("PI0408", "UnknownDisqualifier", "code", "framework");

    /// <summary>PI0409: the unit is missing (null)</summary>
    public static readonly ErrorCode UnitMissing = new("PI0409", "UnitMissing");

    /// <summary>PI0410: an input marked not applicable must not also carry a value; remove the value or the 'notApplicable' flag</summary>
    public static readonly ErrorCode NotApplicableWithValue = new("PI0410", "NotApplicableWithValue");

    /// <summary>PI0411: evidence is marked 'provided' but cites no reference; this leaf requires at least one reference (a document number or link)</summary>
    public static readonly ErrorCode EvidenceWithoutReference = new("PI0411", "EvidenceWithoutReference");

    /// <summary>PI0412: an evidence reference is empty</summary>
    public static readonly ErrorCode EvidenceReferenceEmpty = new("PI0412", "EvidenceReferenceEmpty");

    /// <summary>PI0413: the input cannot be scored by its rule</summary>
    public static readonly ErrorCode InputNotScorable = new("PI0413", "InputNotScorable");

    /// <summary>PI0414: a relative-to-best leaf is scored against its cohort; score the unit with the others (CohortScorer) rather than alone</summary>
    public static readonly ErrorCode RelativeToBestAlone = new("PI0414", "RelativeToBestAlone");

    /// <summary>PI0415: expected 'met' (true or false)</summary>
    public static readonly ErrorCode ExpectedMet = new("PI0415", "ExpectedMet");

    /// <summary>PI0416: expected 'choice', one of {expected}</summary>
    public static readonly ErrorCode ExpectedChoice = new("PI0416", "ExpectedChoice", "expected");

    /// <summary>PI0417: '{label}' is not an option; expected one of {expected}</summary>
    public static readonly ErrorCode NotAnOption = new("PI0417", "NotAnOption", "label", "expected");

    /// <summary>PI0418: expected 'points' within 0 to {max} in steps of {step}</summary>
    public static readonly ErrorCode ExpectedPoints = new("PI0418", "ExpectedPoints", "max", "step");

    /// <summary>PI0419: points {points} out of range; expected 0 to {max}</summary>
    public static readonly ErrorCode PointsOutOfRange = new("PI0419", "PointsOutOfRange", "points", "max");

    /// <summary>PI0420: points {points} are off the step; expected a multiple of {step}</summary>
    public static readonly ErrorCode PointsOffStep = new("PI0420", "PointsOffStep", "points", "step");

    /// <summary>PI0421: expected 'count' (a whole number of items or occurrences)</summary>
    public static readonly ErrorCode ExpectedCount = new("PI0421", "ExpectedCount");

    /// <summary>PI0422: count must not be negative; got {value}</summary>
    public static readonly ErrorCode NegativeCount = new("PI0422", "NegativeCount", "value");

    /// <summary>PI0423: expected 'value' (a number)</summary>
    public static readonly ErrorCode ExpectedValue = new("PI0423", "ExpectedValue");

    /// <summary>PI0424: give either 'numerator' and 'denominator' or 'value' (a percentage), not both</summary>
    public static readonly ErrorCode RatioAndValue = new("PI0424", "RatioAndValue");

    /// <summary>PI0425: numerator and denominator must not be negative; got {numerator}/{denominator}</summary>
    public static readonly ErrorCode NegativeRatio = new("PI0425", "NegativeRatio", "numerator", "denominator");

    /// <summary>PI0426: numerator must not exceed denominator (a ratio is at most 100 %); got {numerator}/{denominator}</summary>
    public static readonly ErrorCode NumeratorAboveDenominator = new("PI0426", "NumeratorAboveDenominator", "numerator", "denominator");

    /// <summary>PI0427: denominator is 0 and this framework does not treat that as not applicable; mark the leaf 'notApplicable' or give a positive denominator</summary>
    public static readonly ErrorCode ZeroDenominator = new("PI0427", "ZeroDenominator");

    /// <summary>PI0428: a ratio needs both 'numerator' and 'denominator'</summary>
    public static readonly ErrorCode RatioIncomplete = new("PI0428", "RatioIncomplete");

    /// <summary>PI0429: a percentage must be within 0 to 100; got {value}</summary>
    public static readonly ErrorCode PercentRange = new("PI0429", "PercentRange", "value");

    /// <summary>PI0430: expected 'numerator' and 'denominator', or 'value' as a percentage (0 to 100)</summary>
    public static readonly ErrorCode ExpectedRatio = new("PI0430", "ExpectedRatio");

    /// <summary>PI0431: value must not be negative; got {value}</summary>
    public static readonly ErrorCode NegativeValue = new("PI0431", "NegativeValue", "value");

    /// <summary>PI0432: give either 'surveyCounts' or 'value' (a percentage), not both</summary>
    public static readonly ErrorCode SurveyCountsAndValue = new("PI0432", "SurveyCountsAndValue");

    /// <summary>PI0433: this survey takes its share as 'value' (a percentage); it declares no answer options</summary>
    public static readonly ErrorCode SurveyValueOnly = new("PI0433", "SurveyValueOnly");

    /// <summary>PI0434: the count of answer '{label}' must not be negative; got {value}</summary>
    public static readonly ErrorCode NegativeAnswerCount = new("PI0434", "NegativeAnswerCount", "label", "value");

    /// <summary>PI0435: '{label}' is not an answer of this survey; expected {expected}</summary>
    public static readonly ErrorCode NotAnAnswer = new("PI0435", "NotAnAnswer", "label", "expected");

    /// <summary>PI0436: no respondents; mark the leaf 'notApplicable' or give the answer counts</summary>
    public static readonly ErrorCode NoRespondents = new("PI0436", "NoRespondents");

    /// <summary>PI0437: a survey share is a percentage; expected 0 to 100, got {value}</summary>
    public static readonly ErrorCode SurveyShareRange = new("PI0437", "SurveyShareRange", "value");

    /// <summary>PI0438: both '{other}' and '{code}' map to '{target}'; map each new criterion from one old input</summary>
    public static readonly ErrorCode MappedTwice = new("PI0438", "MappedTwice", "other", "code", "target");

    /// <summary>PI0439: every input is empty (tất cả các ô đều trống) at stage {stage}: not scored and not ranked; fill the row or remove it</summary>
    public static readonly ErrorCode AllInputsEmpty = new("PI0439", "AllInputsEmpty", "stage");

    /// <summary>PI0440: --strict: {count} ô trống (empty cell(s)): {cells}; fill them (KPS for not applicable)</summary>
    public static readonly ErrorCode EmptyCells = new("PI0440", "EmptyCells", "count", "cells");

    /// <summary>PI0441: {text}</summary>
    public static readonly ErrorCode CellUnreadable = new("PI0441", "CellUnreadable", "text");

    /// <summary>PI0442: expected 'surveyCounts' (respondents per answer) or 'value' (the share in %)</summary>
    public static readonly ErrorCode ExpectedSurveyCounts = new("PI0442", "ExpectedSurveyCounts");

    /// <summary>PI0443: expected 'value' (the share in %)</summary>
    public static readonly ErrorCode ExpectedSurveyShare = new("PI0443", "ExpectedSurveyShare");

    /// <summary>PI0444: expected 'numerator' and 'denominator' (a ratio such as 3/12)</summary>
    public static readonly ErrorCode ExpectedRatioCounts = new("PI0444", "ExpectedRatioCounts");

    /// <summary>PI0445: expected 'numerator' and 'denominator', not a percentage: the minimum denominator {min} is checked on the denominator</summary>
    public static readonly ErrorCode PercentageWithoutDenominator = new("PI0445", "PercentageWithoutDenominator", "min");

    // PI05xx: scenario files and the runner

    /// <summary>PI0500: {text}</summary>
    public static readonly ErrorCode ScenarioText = new("PI0500", "ScenarioText", "text");

    /// <summary>PI0501: duplicate scenario name '{name}'; each test needs its own name</summary>
    public static readonly ErrorCode DuplicateScenarioName = new("PI0501", "DuplicateScenarioName", "name");

    /// <summary>PI0502: tolerance must not be negative</summary>
    public static readonly ErrorCode NegativeTolerance = new("PI0502", "NegativeTolerance");

    /// <summary>PI0503: no framework '{id}' in the catalogue; expected one of {expected}</summary>
    public static readonly ErrorCode ScenarioFrameworkNotInCatalogue = new("PI0503", "ScenarioFrameworkNotInCatalogue", "id", "expected");

    /// <summary>PI0504: '{framework}' must be a path relative to the scenario file (such as ../frameworks/my-district-2025.json) or {prefix}&lt;id&gt;</summary>
    public static readonly ErrorCode ScenarioFrameworkPathInvalid = new("PI0504", "ScenarioFrameworkPathInvalid", "framework", "prefix");

    /// <summary>PI0505: '{framework}' could not be read ({detail})</summary>
    public static readonly ErrorCode ScenarioFrameworkUnreadable = new("PI0505", "ScenarioFrameworkUnreadable", "framework", "detail");

    /// <summary>PI0506: '{framework}' is not a framework file (expected a JSON object with "areas", as docs/format.md shows); its content is not shown</summary>
    public static readonly ErrorCode ScenarioFrameworkNotAFramework = new("PI0506", "ScenarioFrameworkNotAFramework", "framework");

    private static readonly ErrorCode[] AllCodes =
    [
        JsonText,
        FileMissing,
        FileUnreadable,
        DocumentTooLarge,
        NotUtf8,
        DocumentEmpty,
        DuplicateProperty,
        TooDeep,
        Comment,
        TrailingCommaInObject,
        TrailingCommaInArray,
        TrailingComma,
        NotANumber,
        SingleQuotes,
        EndsEarly,
        TrailingContent,
        JsonSyntax,
        UnpairedSurrogate,
        JsonUnreadable,
        TooManyNodes,
        TooManyUnits,
        TooManyUnitsCounted,
        TooManyCells,
        TooManyProblems,
        DocumentUnreadable,
        ReaderFailed,
        ExpectedObject,
        UnknownProperty,
        UnknownPropertyHint,
        MissingProperty,
        ExpectedString,
        ExpectedNumber,
        NumberInQuotes,
        NumberNotExact,
        ExpectedWholeNumber,
        WholeNumberTooSmall,
        ExpectedBoolean,
        NotAValue,
        ExpectedArray,
        EmptyArray,
        ExpectedObjectMap,
        DuplicateUnitIdWithin,
        DuplicateUnitId,
        InputsNotObject,
        AdjustmentsNotObject,
        SurveyCountsNotObject,
        NotExtending,
        SchemaNotFirst,
        FrameworkText,
        NoAreas,
        FrameworkIdFormat,
        FrameworkNameMissing,
        FrameworkIssuerMissing,
        FrameworkYearRange,
        FrameworkVersionMissing,
        ScaleNotPositive,
        LeafDecimalsRange,
        IndexDecimalsRange,
        ManualStepNotPositive,
        QuotaRange,
        QuotaWithBandsByRank,
        CodeFormat,
        AreaCodeFormat,
        CodeNotUnderParent,
        DuplicateCode,
        NodeNameMissing,
        MaxPointsRange,
        TooManyLevels,
        LeafWithoutRule,
        ParentWithRule,
        ParentWithEvidence,
        ParentWithNotApplicable,
        MaxNotLargestOfChildren,
        MaxNotSumOfChildren,
        LeaderIndicatorNotMeasured,
        AdjustmentCodeMissing,
        DuplicateAdjustmentCode,
        AdjustmentNameMissing,
        AdjustmentPointsOneOf,
        AdjustmentPerOccurrenceNotPositive,
        AdjustmentFixedNotPositive,
        AdjustmentCapRange,
        AdjustmentPointsTooLarge,
        PartCodeInvalid,
        PartNameMissing,
        PartWithoutAreas,
        PartAreaUnknown,
        AreaInTwoParts,
        PartMaxNotSum,
        AreaInNoPart,
        BandLabelMissing,
        DuplicateBand,
        BandStartOutsideScale,
        BandEndAboveScale,
        BandEndNotAboveStart,
        TopBandBelowScale,
        BandsNotDecreasing,
        BandGap,
        BandOverlap,
        LowestBandNotZero,
        DisqualifierCodeInvalid,
        DisqualifierNameMissing,
        DisqualifierBandUnknown,
        NotOnLeafStep,
        NotOnIndexStep,
        RuleAndChildren,
        EmptyChildren,
        RuleOrChildrenMissing,
        ExtendsRepeatsAreas,
        ExtendsIncomplete,
        ExtendsNoLookup,
        BaseNotLoaded,
        ChangeOpUnknown,
        ChangeNodeUnknown,
        ChangeRuleOnParent,
        BaseNodeProblem,
        BaseNodeProblemOutside,
        ComposedProblem,
        BaseNotFound,
        ExtendsCycle,
        ExtendsTooDeep,
        BaseDoesNotLoad,
        BaseDoesNotLoadMore,
        RuleText,
        RuleKindMissing,
        RuleKindUnknown,
        RuleNotRead,
        RuleReaderFailed,
        RuleExpected,
        ChoiceWithoutOptions,
        OptionLabelMissing,
        DuplicateOption,
        OptionPointsRange,
        PointsPerOccurrenceNotPositive,
        DeductionStartRange,
        DeductionFloorRange,
        WipeOutFromRange,
        RuleStepNotPositive,
        MaxNotMultipleOfStep,
        PointsPerItemNotPositive,
        PointsPerItemAboveMax,
        PerItemCapRange,
        TargetNotPositive,
        RatioTargetAbove100,
        LeaderIndicatorMissing,
        LeaderIndicatorUnused,
        StepPointsRange,
        ThresholdNotPercent,
        ThresholdNotWhole,
        ThresholdsMustDecrease,
        ThresholdsMustIncrease,
        WorseStepMorePoints,
        NoSteps,
        OtherwiseRange,
        OtherwiseAboveLastStep,
        AnswerLabelMissing,
        DuplicateAnswer,
        AnswerWeightRange,
        RuleKindNotRegistered,
        RuleKindNotRegisteredAtLeaf,
        MinDenominatorNotPositive,
        InputText,
        NoStageInputs,
        NoAppraisal,
        UnknownNode,
        InputOnParent,
        InputNull,
        UnknownAdjustment,
        NegativeOccurrences,
        UnknownDisqualifier,
        UnitMissing,
        NotApplicableWithValue,
        EvidenceWithoutReference,
        EvidenceReferenceEmpty,
        InputNotScorable,
        RelativeToBestAlone,
        ExpectedMet,
        ExpectedChoice,
        NotAnOption,
        ExpectedPoints,
        PointsOutOfRange,
        PointsOffStep,
        ExpectedCount,
        NegativeCount,
        ExpectedValue,
        RatioAndValue,
        NegativeRatio,
        NumeratorAboveDenominator,
        ZeroDenominator,
        RatioIncomplete,
        PercentRange,
        ExpectedRatio,
        NegativeValue,
        SurveyCountsAndValue,
        SurveyValueOnly,
        NegativeAnswerCount,
        NotAnAnswer,
        NoRespondents,
        SurveyShareRange,
        MappedTwice,
        AllInputsEmpty,
        EmptyCells,
        CellUnreadable,
        ExpectedSurveyCounts,
        ExpectedSurveyShare,
        ExpectedRatioCounts,
        PercentageWithoutDenominator,
        ScenarioText,
        DuplicateScenarioName,
        NegativeTolerance,
        ScenarioFrameworkNotInCatalogue,
        ScenarioFrameworkPathInvalid,
        ScenarioFrameworkUnreadable,
        ScenarioFrameworkNotAFramework,
    ];

    /// <summary>Every code, in code order.</summary>
    public static IReadOnlyList<ErrorCode> All => AllCodes;
}
