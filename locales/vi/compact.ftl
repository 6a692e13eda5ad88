### Kinline — DSO 01/2020 Annex A: video calls compact
### language: vi (Vietnamese, Tiếng Việt)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Cuộc gọi video: bản cam kết
compact-intro = Trước khi được dùng cuộc gọi video, bạn phải hiểu các quy định dưới đây và ký tên để xác nhận rằng bạn đồng ý với các quy định đó.

## Rules

rule-no-recording-log = Chúng tôi không ghi hình hay ghi âm cuộc gọi video, và chúng tôi chỉ ghi lại ngày, giờ và thời lượng cuộc gọi của bạn.
rule-privacy-supervision = Sự riêng tư của bạn sẽ được tôn trọng nhiều nhất có thể trong khi gọi, nhưng nhân viên có thể quan sát các buổi gọi video để giám sát.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Các buổi gọi được chia thành từng khung giờ { $minutes } phút.
rule-dress = Người bị tạm giữ và những người nói chuyện với họ qua video phải ăn mặc phù hợp, ví dụ như không mặc đồ bơi hoặc đồ lót.
rule-terminate-breach = Nhân viên giám sát có quyền dừng cuộc gọi video nếu các điều khoản sử dụng bị vi phạm hoặc an ninh của trung tâm bị đe dọa.
rule-body-cameras = Nhân viên giám sát có thể dùng camera đeo trên người để ghi lại bất kỳ vi phạm nào đối với điều khoản sử dụng, dù là của người bị tạm giữ hay của người ở đầu bên kia cuộc gọi.
rule-police-referral = Mọi bằng chứng cho thấy có tội phạm xảy ra sẽ được chuyển cho cảnh sát.
rule-no-recording-publish = Không được ghi lại cuộc gọi video dưới bất kỳ hình thức nào, dù là âm thanh hay hình ảnh, và không được đăng tải, kể cả tải lên một trang web như YouTube; nếu có bằng chứng ghi lại, cuộc gọi sẽ bị dừng và bằng chứng sẽ được chuyển cho cảnh sát.
rule-terminate-behaviour = Cuộc gọi video sẽ bị dừng nếu có lời nói tục tĩu hoặc xúc phạm, hành vi mang tính tình dục, hoặc bất kỳ hành vi nào mà nhân viên giám sát cho là không phù hợp.
rule-breach-ban = Vi phạm điều khoản sử dụng có thể khiến bạn bị cấm đặt lịch gọi video trong tương lai.

## Code of conduct

conduct-must-heading = Bạn phải:
must-respect = để ý và tôn trọng những người sử dụng khác.
must-report-concerns = báo cho nhân viên biết bất kỳ điều gì bạn lo ngại về cuộc gọi.
must-cooperate = luôn hợp tác với người giám sát và làm theo mọi hướng dẫn được đưa ra.
must-report-breach = báo ngay cho công ty quản lý trung tâm về bất kỳ vi phạm nào đối với quy định này, dù do bạn hay người khác gây ra.
conduct-must-not-heading = Bạn không được:
must-not-unlawful = dùng dịch vụ gọi video để làm bất kỳ việc gì trái pháp luật.
must-not-settings = cài đặt hoặc thay đổi bất kỳ thiết lập nào trên thiết bị.
must-not-offensive = chia sẻ màn hình hoặc cho xem bất kỳ nội dung nào trái pháp luật hoặc có thể xúc phạm người khác, bao gồm nội dung khiêu dâm, phân biệt chủng tộc hoặc kỳ thị người đồng tính.
must-not-record = ghi lại cuộc gọi; bất kỳ bằng chứng nào cho thấy cuộc gọi video đang bị người khác ghi lại sẽ dẫn đến việc dừng cuộc gọi.

## Agreement

agreement-heading = Cam kết
agreement-read = Tôi đã đọc và hiểu các quy định này về việc sử dụng cuộc gọi video, và tôi đồng ý tuân thủ các điều khoản và điều kiện của quy định.
agreement-suspension = Tôi hiểu rằng nếu vi phạm quy định này, tôi có thể bị tạm ngừng quyền sử dụng dịch vụ gọi video.
agreement-police = Tôi cũng hiểu rằng mọi hành động cố gắng làm việc trái pháp luật sẽ được báo cho cảnh sát và có thể dẫn đến việc bị truy tố hình sự.
