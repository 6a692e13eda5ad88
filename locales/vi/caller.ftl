### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: vi (Vietnamese, Tiếng Việt)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Cuộc gọi video
join-legal = Đây là cuộc gọi pháp lý: nhân viên không theo dõi.
join-starting = Đang bật camera của bạn…
join-no-camera = Không thể bật camera hoặc micrô của bạn. Hãy cho phép và tải lại trang này.
join-waiting = Vui lòng chờ: nhân viên sẽ kiểm tra và cho bạn vào trong giây lát.
join-connecting = Đang kết nối…
join-in-call = Bạn đã được kết nối.
join-warning = Cuộc gọi sẽ kết thúc sau một phút.
join-reconnecting = Mất kết nối. Đang kết nối lại…
join-no-route = Không thể tạo kết nối từ trình duyệt này. Hãy kiểm tra kết nối internet, rồi tải lại trang này.
join-peer-left = Phía bên kia bị mất kết nối. Đang chờ…
join-ended-completed = Cuộc gọi đã kết thúc.
join-ended-slot-ended = Cuộc gọi đã kết thúc: đã hết giờ.
join-ended-terminated = Nhân viên đã kết thúc cuộc gọi.
join-ended-technical-failure = Cuộc gọi kết thúc do kết nối bị lỗi. Có thể đặt lại miễn phí.
join-ended-not-admitted = Cuộc gọi đã không diễn ra.
join-unknown = Liên kết này không hợp lệ hoặc cuộc gọi đã kết thúc.
join-in-use = Đã có người tham gia cuộc gọi này bằng liên kết này. Chỉ một người được tham gia; nếu đó là bạn, hãy đóng cửa sổ kia.
join-hang-up = Gác máy
join-no-record = Không ghi âm hay ghi hình cuộc gọi này. Trung tâm chỉ lưu ngày, giờ và thời lượng.
join-language = Ngôn ngữ
refused-unknown = Liên kết này không hợp lệ. Hãy kiểm tra liên kết bạn đã nhận.
refused-cancelled = Cuộc gọi này đã bị hủy.
refused-over = Cuộc gọi này đã diễn ra.
refused-past = Đã quá giờ của cuộc gọi này.
