### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: tr (Turkish, Türkçe)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Görüntülü görüşme ayarlandı: { $when }
msg-subject-reminder = Hatırlatma: { $when } görüntülü görüşme
msg-subject-cancellation = Görüntülü görüşme iptal edildi: { $when }
msg-subject-displacement = Görüntülü görüşme yapılamıyor: { $when }
msg-invitation-intro = Göçmen sınır dışı etme merkezinde tutulan bir kişiyle görüntülü görüşmeye davet edildiniz.
msg-reminder-intro = Göçmen sınır dışı etme merkezinde tutulan bir kişiyle görüntülü görüşmeniz birazdan başlıyor.
msg-when = Tarih ve saat (Birleşik Krallık saati): { $when } ile { $end } arası.
msg-kind-social = Bu bir sosyal görüşmedir.
msg-kind-legal = Bu bir hukuki görüşmedir.
msg-link = Herhangi bir web tarayıcısında bu bağlantıyla katılın:
msg-code = Görüşme kodunuz: { $code }
msg-camera = Tarayıcınız kameranızı ve mikrofonunuzu kullanmak için izin isteyecek: lütfen ikisine de izin verin.
msg-adult = Görüşme başlamadan önce bir görevli, bir yetişkinin bulunduğunu kontrol eder.
msg-legal-private = Hukuki görüşme gizlidir: personel onu izlemez ve dinlemez.
msg-social-supervised = Personel sosyal görüşmeyi denetleyebilir; gizliliğinize olabildiğince saygı gösterilir.
msg-no-record = Görüşmeyi kaydetmeyin.
msg-cancelled = { $when } için ayarlanan görüntülü görüşme iptal edildi. Bağlantı artık çalışmıyor.
msg-displaced = { $when } için ayarlanan görüntülü görüşme yapılamıyor: bir hukuki görüşmenin bu zamana ihtiyacı var.
msg-next-free = Bir sonraki boş zaman { $next }. Aramak üzere olduğunuz kişi bunu bir görevliyle ayarlayabilir.
msg-no-free = Aramak üzere olduğunuz kişi bir görevliyle başka bir zaman ayarlayabilir.
msg-footer = Bu mesaj merkezin görüntülü görüşme hizmeti tarafından otomatik olarak gönderildi. Lütfen yanıtlamayın.
