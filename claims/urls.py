from rest_framework.routers import SimpleRouter

from .views import ArticleViewSet, IngestJobViewSet

router = SimpleRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("jobs", IngestJobViewSet, basename="job")

urlpatterns = router.urls
