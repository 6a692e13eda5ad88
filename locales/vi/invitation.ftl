### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: vi (Vietnamese, Tiếng Việt)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Đã đặt cuộc gọi video: { $when }
msg-subject-reminder = Nhắc nhở: cuộc gọi video lúc { $when }
msg-subject-cancellation = Cuộc gọi video đã bị hủy: { $when }
msg-subject-displacement = Cuộc gọi video không thể diễn ra: { $when }
msg-invitation-intro = Bạn được mời tham gia cuộc gọi video với một người đang bị giữ tại trung tâm trục xuất người nhập cư.
msg-reminder-intro = Cuộc gọi video của bạn với một người đang bị giữ tại trung tâm trục xuất người nhập cư sắp bắt đầu.
msg-when = Ngày và giờ (giờ Vương quốc Anh): từ { $when } đến { $end }.
msg-kind-social = Đây là cuộc gọi xã hội.
msg-kind-legal = Đây là cuộc gọi pháp lý.
msg-link = Tham gia bằng liên kết này trên bất kỳ trình duyệt web nào:
msg-code = Mã cuộc gọi của bạn: { $code }
msg-camera = Trình duyệt sẽ xin quyền dùng camera và micrô của bạn: vui lòng cho phép cả hai.
msg-adult = Trước khi cuộc gọi bắt đầu, một cán bộ kiểm tra rằng có một người lớn có mặt.
msg-legal-private = Cuộc gọi pháp lý là riêng tư: nhân viên không xem và không nghe.
msg-social-supervised = Nhân viên có thể giám sát cuộc gọi xã hội; quyền riêng tư của bạn được tôn trọng trong chừng mực có thể.
msg-no-record = Không ghi lại cuộc gọi.
msg-cancelled = Cuộc gọi video đã đặt lúc { $when } đã bị hủy. Liên kết không còn hoạt động.
msg-displaced = Cuộc gọi video đã đặt lúc { $when } không thể diễn ra: một cuộc gọi pháp lý cần chỗ của nó.
msg-next-free = Thời gian trống tiếp theo là { $next }. Người bạn định gọi có thể đặt lịch đó với một cán bộ.
msg-no-free = Người bạn định gọi có thể đặt một thời gian khác với một cán bộ.
msg-footer = Tin nhắn này được dịch vụ cuộc gọi video của trung tâm gửi tự động. Vui lòng không trả lời.
