using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using static ParIndex.Engine.Tests.Support.Build;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Support;

/// <summary>
/// The Chi Lăng 2023 commune framework as far as Y Tịch's report shows it (codes, names, max points of the nine
/// criteria below max and the five area maxima), with filler criteria ("Tiêu chí khác") for the rest of the 100
/// points. The filler is ours, not the district's.
/// </summary>
internal static class YTich
{
    public static Framework Framework()
    {
        Node Filler(string code, decimal max) => Leaf(code, max, Manual(0.25m), "Tiêu chí khác (bổ sung cho đủ thang điểm)");
        var area1 = new Node
        {
            Code = "1", Name = "Chỉ đạo điều hành CCHC", MaxPoints = 17,
            Children = [Filler("1.1", 14), Leaf("1.5", 3, new AllOrNothingRule(), "Đổi mới sáng tạo trong triển khai nhiệm vụ CCHC")],
        };
        var area2 = new Node
        {
            Code = "2", Name = "Cải cách thể chế", MaxPoints = 9,
            Children =
            [
                Leaf("2.1", 2, new ChoiceRule
                {
                    Options =
                    [
                        new() { Label = "Ban hành đầy đủ, đúng quy định", Points = 2 },
                        new() { Label = "Không ban hành VBQPPL", LabelEn = "No legal document issued", Points = 1 },
                    ],
                }, "Xây dựng văn bản quy phạm pháp luật trong năm"),
                Filler("2.2", 7),
            ],
        };
        var area3 = new Node
        {
            Code = "3", Name = "Cải cách thủ tục hành chính", MaxPoints = 18,
            Children =
            [
                new Node { Code = "3.1", Name = "Rà soát, đánh giá TTHC", MaxPoints = 5, Children = [Filler("3.1.1", 4), Leaf("3.1.4", 1, new AllOrNothingRule(), "Kết quả rà soát đánh giá đề xuất phương án đơn giản hóa TTHC")] },
                Filler("3.2", 9.5m),
                new Node
                {
                    Code = "3.4", Name = "Kết quả giải quyết TTHC", MaxPoints = 3.5m,
                    Children =
                    [
                        Leaf("3.4.1", 2.5m, new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 100, Points = 2.5m }, new() { Threshold = 90, Points = 1.5m }], Otherwise = 0.5m },
                            "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn"),
                        Leaf("3.4.2", 1, new AllOrNothingRule(), "Thực hiện việc xin lỗi người dân tổ chức khi để xảy ra trễ hẹn"),
                    ],
                },
            ],
        };
        var area4 = new Node { Code = "4", Name = "Cải cách tổ chức bộ máy hành chính", MaxPoints = 10, Children = [Filler("4.1", 10)] };
        var area5 = new Node { Code = "5", Name = "Cải cách chế độ công vụ", MaxPoints = 13, Children = [Filler("5.1", 13)] };
        var area6 = new Node
        {
            Code = "6", Name = "Cải cách tài chính công", MaxPoints = 10,
            Children =
            [
                Filler("6.1", 7),
                new Node
                {
                    Code = "6.3", Name = "Thực hiện quy định về tài chính", MaxPoints = 3,
                    Children =
                    [
                        Filler("6.3.1", 2),
                        Leaf("6.3.3", 1, new AllOrNothingRule(), "Thực hiện đúng quy định báo cáo tài chính gửi cơ quan tài chính cấp trên")
                            with { Evidence = new EvidenceRequirement { Description = "Báo cáo tài chính có xác nhận của cơ quan tài chính cấp trên" } },
                    ],
                },
            ],
        };
        var area7 = new Node
        {
            Code = "7", Name = "Xây dựng và phát triển chính quyền điện tử chính quyền số", MaxPoints = 13,
            Children =
            [
                Filler("7.1", 5),
                Leaf("7.2", 2, new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 100, Points = 2 }] },
                    "Nhập hồ sơ giải quyết TTHC vào hệ thống thông tin giải quyết TTHC cấp tỉnh"),
                new Node
                {
                    Code = "7.4", Name = "Cổng/Trang thông tin điện tử", MaxPoints = 3,
                    Children =
                    [
                        Leaf("7.4.1", 2, new StepsRule { Measure = Measure.Count, Steps = [new() { Threshold = 12, Points = 2 }, new() { Threshold = 6, Points = 1 }] },
                            "Số lượng tin bài được đăng tải hàng tháng về thông tin chỉ đạo điều hành hoạt động"),
                        Filler("7.4.2", 1),
                    ],
                },
                Leaf("7.6", 3, new AllOrNothingRule(), "Thực hiện thanh toán trực tuyến") with { NotApplicable = NotApplicablePolicy.Zero },
            ],
        };
        var area8 = new Node { Code = "8", Name = "Tác động của CCHC", MaxPoints = 10, Children = [Filler("8.1", 10)] };
        return new Framework(Info("chi-lang-commune-2023", 2023), [area1, area2, area3, area4, area5, area6, area7, area8], hasher: RuleKindRegistry.BuiltInHasher);
    }

    public static UnitAssessment Unit()
    {
        Dictionary<string, LeafInput> Fillers() => new()
        {
            ["1.1"] = Points(14), ["2.2"] = Points(7), ["3.1.1"] = Points(4), ["3.2"] = Points(9.5m), ["4.1"] = Points(10),
            ["5.1"] = Points(13), ["6.1"] = Points(7), ["6.3.1"] = Points(2), ["7.1"] = Points(5), ["7.4.2"] = Points(1), ["8.1"] = Points(10),
        };
        var appraisal = Fillers();
        appraisal["1.5"] = Met(false);
        appraisal["2.1"] = Choice("Không ban hành VBQPPL");
        appraisal["3.1.4"] = Met(false);
        appraisal["3.4.1"] = Ratio(40, 50);
        appraisal["3.4.2"] = Met(false);
        appraisal["6.3.3"] = new LeafInput { Met = true, Evidence = EvidenceStatus.Missing };
        appraisal["7.2"] = Ratio(95, 100);
        appraisal["7.4.1"] = Count(8);
        appraisal["7.6"] = NotApplicable();

        var claimed = Fillers();
        claimed["1.5"] = Met(false);
        claimed["2.1"] = Choice("Ban hành đầy đủ, đúng quy định");
        claimed["3.1.4"] = Met(false);
        claimed["3.4.1"] = Ratio(50, 50);
        claimed["3.4.2"] = Met(true);
        claimed["6.3.3"] = new LeafInput { Met = true, Evidence = EvidenceStatus.Provided };
        claimed["7.2"] = Ratio(100, 100);
        claimed["7.4.1"] = Count(12);
        claimed["7.6"] = NotApplicable();

        return new UnitAssessment
        {
            UnitId = "y-tich",
            UnitName = "Xã Y Tịch",
            Stages = new Dictionary<Stage, StageInputs>
            {
                [Stage.SelfAssessment] = new() { Inputs = claimed },
                [Stage.Appraisal1] = new() { Inputs = appraisal },
            },
        };
    }
}
